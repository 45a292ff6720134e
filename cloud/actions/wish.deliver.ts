import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { note, photos } from './shared/schemas';
import { runWishStep } from './shared/wish.run';
import { wishRef } from './shared/wish.schemas';

/** The claimer reports the wish delivered, with a photo and a note; staff confirm it. */
export default defineAction('wish.deliver', z.object({ ...wishRef, note, photos }), (input, ctx) => {
  if (input.photos.length === 0) throw new DomainError('INPUT.INVALID', { photos: '请上传送达照片' });
  return runWishStep(ctx, input, () => ({ type: 'deliver', note: input.note, photos: input.photos }));
});
