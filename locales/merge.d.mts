export const LOCALES_DIR: string;
export function languages(dir?: string): string[];
export function mergedMessages(lang: string, dir?: string): Record<string, { message: string; description?: string }>;
export function localeFiles(dir?: string): { relativeDest: string; contents: string }[];
