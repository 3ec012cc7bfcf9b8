/**
 * Hybrid logical clocks: a wall time in milliseconds, a counter for events within the same
 * millisecond (or while the wall clock runs behind what was seen), and the device's id as the
 * tie-break. Encoded as fixed-width text so plain string comparison orders them, and every device
 * orders the same two stamps the same way whatever its own clock says.
 */
export type Hlc = string;

export interface Clock {
  wall: number;
  counter: number;
  device: string;
}

const WALL_WIDTH = 11; // base 36: enough for any millisecond until the year 5000
const COUNTER_WIDTH = 5;

export function encodeHlc(clock: Clock): Hlc {
  return `${clock.wall.toString(36).padStart(WALL_WIDTH, '0')}.${clock.counter.toString(36).padStart(COUNTER_WIDTH, '0')}.${clock.device}`;
}

export function decodeHlc(hlc: Hlc): Clock {
  const [wall = '', counter = '', device = ''] = hlc.split('.');
  return { wall: parseInt(wall, 36) || 0, counter: parseInt(counter, 36) || 0, device };
}

/** The wall time part: when (about) the change was made. */
export function wallOf(hlc: Hlc): number {
  return decodeHlc(hlc).wall;
}

export function newClock(device: string): Clock {
  return { wall: 0, counter: 0, device };
}

/** A stamp for a change made here now: later than everything this device has made or seen. */
export function tick(clock: Clock, now: number): Clock {
  return now > clock.wall ? { ...clock, wall: now, counter: 0 } : { ...clock, counter: clock.counter + 1 };
}

/** After seeing a stamp from elsewhere, later local stamps sort after it. */
export function observe(clock: Clock, seen: Hlc): Clock {
  const other = decodeHlc(seen);
  if (other.wall > clock.wall) return { ...clock, wall: other.wall, counter: other.counter };
  if (other.wall === clock.wall && other.counter > clock.counter) return { ...clock, counter: other.counter };
  return clock;
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** A random device id: letters and digits only (it is part of every stamp). */
export function newDeviceId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}
