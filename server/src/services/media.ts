import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import exifr from 'exifr';
import sharp from 'sharp';
import type { ImageMetadata, LocationDecision, LocationDecisionResult } from '../../../shared/contracts/media';
import { UID } from '../constants';
import { currentActor } from '../utils/actor';

export type { ImageMetadata, LocationDecision, LocationDecisionResult };

/** What the file itself says (the decision is the editor's, stored beside it). */
type FileMetadata = Omit<ImageMetadata, 'locationDecision' | 'locationDecidedBy' | 'locationDecidedAt'>;

type StoredMetadata = {
  id: number;
  fileId: number;
  credit?: string | null;
  creator?: string | null;
  copyrightHolder?: string | null;
  caption?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  locationDecision?: LocationDecision | null;
  locationDecidedBy?: string | null;
  locationDecidedAt?: string | Date | null;
};

/** A row written before decisions were recorded: a stored position still waits for one. */
export const locationDecisionOf = (row: Pick<StoredMetadata, 'latitude' | 'longitude' | 'locationDecision'>): LocationDecision =>
  row.locationDecision ?? (row.latitude != null && row.longitude != null ? 'pending' : 'none');

const isoOrNull = (value: string | Date | null | undefined) => (value == null ? null : new Date(value).toISOString());

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

  const read = async (buffer: Buffer): Promise<FileMetadata> => {
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
            data: {
              fileId: file.id,
              credit: found.credit,
              creator: found.creator,
              copyrightHolder: found.copyrightHolder,
              caption: found.caption,
              latitude: found.gps?.latitude ?? null,
              longitude: found.gps?.longitude ?? null,
              // A recorded position waits for an editor to keep or strip it before any publish.
              locationDecision: found.gps ? 'pending' : 'none',
            },
          });
        }
        return created;
      };
    },

    /** Credit, creator, copyright and caption from IPTC/XMP/EXIF, for prefilling a credited image. */
    async metadata(id: number): Promise<ImageMetadata> {
      const { location } = await fileOf(id);
      const stored: StoredMetadata | null = await strapi.db.query(UID.IMAGE_METADATA).findOne({ where: { fileId: id } });
      if (stored) {
        return {
          credit: stored.credit ?? null,
          creator: stored.creator ?? null,
          copyrightHolder: stored.copyrightHolder ?? null,
          caption: stored.caption ?? null,
          gps: stored.latitude != null && stored.longitude != null ? { latitude: stored.latitude, longitude: stored.longitude } : null,
          locationDecision: locationDecisionOf(stored),
          locationDecidedBy: stored.locationDecidedBy ?? null,
          locationDecidedAt: isoOrNull(stored.locationDecidedAt),
        };
      }
      // A file uploaded before the plugin read metadata: what it says now, nothing decided yet.
      const found = await read(await fs.readFile(location));
      return { ...found, locationDecision: found.gps ? 'pending' : 'none', locationDecidedBy: null, locationDecidedAt: null };
    },

    /** Removes the position: the file is rewritten without metadata and the recorded GPS is dropped. */
    async stripLocation(id: number): Promise<LocationDecisionResult> {
      const { file, location } = await fileOf(id);
      const original = await fs.readFile(location);
      const stored: StoredMetadata | null = await strapi.db.query(UID.IMAGE_METADATA).findOne({ where: { fileId: id } });
      // What the file said is kept for prefilling (the rewrite drops the credit tags with the position).
      const found = stored ? null : await read(original).catch(() => null);
      const cleaned = await sharp(original).rotate().toBuffer();
      await fs.writeFile(location, cleaned);
      await strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { size: Math.round((cleaned.length / 1024) * 100) / 100 } });
      const decision = { latitude: null, longitude: null, locationDecision: 'stripped' as const, locationDecidedBy: currentActor(strapi).name, locationDecidedAt: new Date() };
      const saved: StoredMetadata = stored
        ? await strapi.db.query(UID.IMAGE_METADATA).update({ where: { id: stored.id }, data: decision })
        : await strapi.db.query(UID.IMAGE_METADATA).create({
            data: { fileId: file.id, credit: found?.credit ?? null, creator: found?.creator ?? null, copyrightHolder: found?.copyrightHolder ?? null, caption: found?.caption ?? null, ...decision },
          });
      return { id: file.id, gps: null, locationDecision: 'stripped', locationDecidedBy: saved.locationDecidedBy ?? null, locationDecidedAt: isoOrNull(saved.locationDecidedAt) };
    },

    /** Keeps the position, on an editor's word that it is safe to show: the file is left as it is. */
    async keepLocation(id: number): Promise<LocationDecisionResult> {
      const { file, location } = await fileOf(id);
      let stored: StoredMetadata | null = await strapi.db.query(UID.IMAGE_METADATA).findOne({ where: { fileId: id } });
      if (!stored) {
        const found = await read(await fs.readFile(location));
        if (found.gps) {
          stored = await strapi.db.query(UID.IMAGE_METADATA).create({
            data: { fileId: file.id, credit: found.credit, creator: found.creator, copyrightHolder: found.copyrightHolder, caption: found.caption, latitude: found.gps.latitude, longitude: found.gps.longitude, locationDecision: 'pending' },
          });
        }
      }
      if (!stored || stored.latitude == null || stored.longitude == null) {
        throw new errors.ValidationError('This image records no location to keep', {
          errors: [{ path: ['id'], message: 'records no location to keep', name: 'ValidationError' }],
        });
      }
      const saved: StoredMetadata = await strapi.db.query(UID.IMAGE_METADATA).update({
        where: { id: stored.id },
        data: { locationDecision: 'kept', locationDecidedBy: currentActor(strapi).name, locationDecidedAt: new Date() },
      });
      return {
        id: file.id,
        gps: { latitude: stored.latitude, longitude: stored.longitude },
        locationDecision: 'kept',
        locationDecidedBy: saved.locationDecidedBy ?? null,
        locationDecidedAt: isoOrNull(saved.locationDecidedAt),
      };
    },

    /** The uploaded files among `fileIds` whose recorded position still waits for an editor's decision. */
    async pendingLocations(fileIds: number[]): Promise<Set<number>> {
      if (fileIds.length === 0) return new Set();
      const rows: StoredMetadata[] = await strapi.db.query(UID.IMAGE_METADATA).findMany({
        select: ['fileId', 'latitude', 'longitude', 'locationDecision'],
        where: { fileId: { $in: [...new Set(fileIds)] } },
      });
      return new Set(rows.filter((row) => locationDecisionOf(row) === 'pending').map((row) => row.fileId));
    },
  };
  return service;
};

export type MediaService = ReturnType<typeof createMediaService>;
export default createMediaService;
