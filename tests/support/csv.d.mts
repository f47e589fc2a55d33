export function parseCsv(csv: string): string[][];
