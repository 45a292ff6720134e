import { apiBase } from '../services/transport';

/** What an <Image> can load for a stored photo: cloud fileIDs as they are, local-host files from the host. */
export function photoUrl(fileId: string): string {
  return fileId.startsWith('/files/') ? `${apiBase()}${fileId}` : fileId;
}
