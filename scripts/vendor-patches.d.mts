import type { Plugin } from 'vite';

export interface VendorPatch {
  file: RegExp;
  find: string;
  replace: string;
  why: string;
}
export const VENDOR_PATCHES: readonly VendorPatch[];
export function applyVendorPatches(code: string, id: string): string;
export function vendorPatches(): Plugin;
