import type { Core } from '@strapi/strapi';

export const UPLOADS_DIR: string;
export function uploadPathsOf(files: { url?: unknown; formats?: unknown }[]): string[];
export function storedUploadPaths(strapi: Core.Strapi): Promise<string[]>;
export function removeFiles(paths: Iterable<string>): void;
