import Flatbush from 'flatbush';

/**
 * Bounds on one area's outline check, so no map under the size limit can stall a request: an outline
 * with more points than any drawn front line needs is refused, and the candidate segment pairs (found
 * through an R-tree, so usually a few per segment) are capped.
 */
export const MAX_AREA_POINTS = 20_000;
const MAX_SEGMENT_PAIRS = 2_000_000;
/** How long the check may hold the event loop at a time: other requests (a public read) go in between. */
const SLICE_MS = 10;

export const letOthersRun = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Yields when the current slice of work has run for SLICE_MS; cheap enough to call often. */
export const pacer = () => {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await letOthersRun();
    sliceStart = performance.now();
  };
};

type Position = number[];
export type CrossingCheck = { kind: 'ok' } | { kind: 'crossing'; at: [number, number] } | { kind: 'too-intricate' };

/** Where segments p1-p2 and p3-p4 meet (ends included), or null; parallel segments never count, as before. */
const meetingPoint = (p1: Position, p2: Position, p3: Position, p4: Position): [number, number] | null => {
  const denominator = (p4[1] - p3[1]) * (p2[0] - p1[0]) - (p4[0] - p3[0]) * (p2[1] - p1[1]);
  if (denominator === 0) return null;
  const along1 = ((p4[0] - p3[0]) * (p1[1] - p3[1]) - (p4[1] - p3[1]) * (p1[0] - p3[0])) / denominator;
  const along2 = ((p2[0] - p1[0]) * (p1[1] - p3[1]) - (p2[1] - p1[1]) * (p1[0] - p3[0])) / denominator;
  if (along1 < 0 || along1 > 1 || along2 < 0 || along2 > 1) return null;
  return [p1[0] + along1 * (p2[0] - p1[0]), p1[1] + along1 * (p2[1] - p1[1])];
};

/** Consecutive repeated positions add no edge; dropping them keeps neighbours adjacent. */
const withoutRepeats = (ring: Position[]) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);

/**
 * Does any edge of these rings cross or touch another (edges that follow each other excepted)?
 * Stops at the first crossing; memory is linear in the number of edges.
 */
export const findSelfCrossing = async (rings: Position[][]): Promise<CrossingCheck> => {
  const pace = pacer();
  const starts: Position[] = [];
  const ends: Position[] = [];
  const ringOf: number[] = [];
  const indexInRing: number[] = [];
  const ringEdgeCount: number[] = [];
  for (const [ringIndex, ring] of rings.map(withoutRepeats).entries()) {
    ringEdgeCount.push(Math.max(ring.length - 1, 0));
    for (let i = 0; i + 1 < ring.length; i += 1) {
      starts.push(ring[i]);
      ends.push(ring[i + 1]);
      ringOf.push(ringIndex);
      indexInRing.push(i);
    }
    if (starts.length > MAX_AREA_POINTS) return { kind: 'too-intricate' };
    await pace();
  }
  if (starts.length === 0) return { kind: 'ok' };

  const index = new Flatbush(starts.length);
  for (let i = 0; i < starts.length; i += 1) {
    if (i % 1024 === 0) await pace();
    index.add(Math.min(starts[i][0], ends[i][0]), Math.min(starts[i][1], ends[i][1]), Math.max(starts[i][0], ends[i][0]), Math.max(starts[i][1], ends[i][1]));
  }
  index.finish();
  await letOthersRun();

  const followEachOther = (a: number, b: number) => {
    if (ringOf[a] !== ringOf[b]) return false;
    const gap = Math.abs(indexInRing[a] - indexInRing[b]);
    return gap <= 1 || gap === ringEdgeCount[ringOf[a]] - 1; // the closing edge meets the first one
  };

  let pairs = 0;
  for (let a = 0; a < starts.length; a += 1) {
    if (a % 16 === 0) await pace();
    let found: [number, number] | null = null;
    // The filter sees each candidate once and keeps none, so a search allocates nothing per candidate.
    index.search(
      Math.min(starts[a][0], ends[a][0]),
      Math.min(starts[a][1], ends[a][1]),
      Math.max(starts[a][0], ends[a][0]),
      Math.max(starts[a][1], ends[a][1]),
      (b: number) => {
        pairs += 1;
        if (found || b <= a || followEachOther(a, b)) return false;
        found = meetingPoint(starts[a], ends[a], starts[b], ends[b]);
        return false;
      }
    );
    if (found) return { kind: 'crossing', at: found };
    if (pairs > MAX_SEGMENT_PAIRS) return { kind: 'too-intricate' };
  }
  return { kind: 'ok' };
};
