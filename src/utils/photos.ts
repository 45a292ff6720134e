import { apiBase } from '../services/transport';

/** What an <Image> loads for a URL a view issued (`photoUrls`): the host's signed paths from the host, others as they are. */
export function photoUrl(url: string): string {
  return url.startsWith('/files/') ? `${apiBase()}${url}` : url;
}
