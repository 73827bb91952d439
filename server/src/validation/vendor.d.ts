// Two dependencies ship no types; only what the validators use is declared.
declare module 'flatbush' {
  export default class Flatbush {
    constructor(numItems: number, nodeSize?: number);
    add(minX: number, minY: number, maxX: number, maxY: number): number;
    finish(): void;
    search(minX: number, minY: number, maxX: number, maxY: number, filter?: (index: number) => boolean): number[];
  }
}

declare module 'unicode-confusables' {
  /** The string with every confusable character replaced by its prototype (Unicode's confusables.txt). */
  export function rectifyConfusion(text: string): string;
}
