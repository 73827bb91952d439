import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import exifr from 'exifr';
import sharp from 'sharp';
import { UID } from '../constants';

export type ImageMetadata = {
  credit: string | null;
  creator: string | null;
  copyrightHolder: string | null;
  caption: string | null;
  /** Where the photo was taken, if the file says so: a risk to people on the ground. */
  gps: { latitude: number; longitude: number } | null;
};

const text = (value: unknown): string | null => {
  if (value == null) return null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object' && 'value' in (value as object)) return text((value as { value: unknown }).value);
  const s = String(value).trim();
  return s ? s.slice(0, 300) : null;
};

/** Reads and cleans uploaded image files (local upload provider). */
const createMediaService = ({ strapi }: { strapi: Core.Strapi }) => {
  const fileOf = async (id: number) => {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (!file) throw new errors.NotFoundError(`No file ${id}`);
    if (!String(file.mime).startsWith('image/') || !String(file.url).startsWith('/uploads/')) {
      throw new errors.ValidationError('Only images stored by the local upload provider can be read', {
        errors: [{ path: ['id'], message: 'is not a locally stored image', name: 'ValidationError' }],
      });
    }
    const publicDir = strapi.dirs.static.public;
    const location = path.join(publicDir, file.url);
    if (!location.startsWith(path.join(publicDir, 'uploads'))) throw new errors.ForbiddenError('Refusing a path outside uploads');
    return { file, location };
  };

  const read = async (buffer: Buffer): Promise<ImageMetadata> => {
    const tags = ((await exifr.parse(buffer, { iptc: true, xmp: true, tiff: true, gps: true }).catch(() => null)) ?? {}) as Record<string, unknown>;
    const latitude = typeof tags.latitude === 'number' ? tags.latitude : null;
    const longitude = typeof tags.longitude === 'number' ? tags.longitude : null;
    return {
      credit: text(tags.Credit),
      creator: text(tags.creator ?? tags.Byline ?? tags.Artist),
      copyrightHolder: text(tags.CopyrightNotice ?? tags.rights ?? tags.Copyright),
      caption: text(tags.Caption ?? tags.description ?? tags.ImageDescription),
      gps: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    };
  };

  const service = {
    /**
     * Wraps the upload service so each image's metadata is read from the incoming file, before
     * Strapi's size optimisation re-encodes it without any.
     */
    captureOnUpload() {
      const upload = strapi.plugin('upload').service('upload') as { upload: (args: any, opts?: any) => Promise<any[]> };
      const original = upload.upload.bind(upload);
      upload.upload = async (args: { files: any }, opts?: unknown) => {
        const files = Array.isArray(args?.files) ? args.files : args?.files ? [args.files] : [];
        const metadata = await Promise.all(
          files.map(async (file: { filepath?: string; mimetype?: string }) =>
            file?.filepath && String(file.mimetype).startsWith('image/') ? read(await fs.readFile(file.filepath)).catch(() => null) : null
          )
        );
        const created = await original(args, opts);
        for (const [index, file] of (created ?? []).entries()) {
          const found = metadata[index];
          if (!found || !file?.id) continue;
          await strapi.db.query(UID.IMAGE_METADATA).create({
            data: { fileId: file.id, credit: found.credit, creator: found.creator, copyrightHolder: found.copyrightHolder, caption: found.caption, latitude: found.gps?.latitude ?? null, longitude: found.gps?.longitude ?? null },
          });
        }
        return created;
      };
    },

    /** Credit, creator, copyright and caption from IPTC/XMP/EXIF, for prefilling a credited image. */
    async metadata(id: number): Promise<ImageMetadata> {
      const { location } = await fileOf(id);
      const stored = await strapi.db.query(UID.IMAGE_METADATA).findOne({ where: { fileId: id } });
      if (stored) {
        return {
          credit: stored.credit ?? null,
          creator: stored.creator ?? null,
          copyrightHolder: stored.copyrightHolder ?? null,
          caption: stored.caption ?? null,
          gps: stored.latitude != null && stored.longitude != null ? { latitude: stored.latitude, longitude: stored.longitude } : null,
        };
      }
      return read(await fs.readFile(location));
    },

    /** Removes the position: the file is rewritten without metadata and the recorded GPS is dropped. */
    async stripLocation(id: number) {
      const { file, location } = await fileOf(id);
      const cleaned = await sharp(await fs.readFile(location)).rotate().toBuffer();
      await fs.writeFile(location, cleaned);
      await strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { size: Math.round((cleaned.length / 1024) * 100) / 100 } });
      await strapi.db.query(UID.IMAGE_METADATA).updateMany({ where: { fileId: id }, data: { latitude: null, longitude: null } });
      return { id: file.id, gps: null };
    },
  };
  return service;
};

export type MediaService = ReturnType<typeof createMediaService>;
export default createMediaService;
