// The failure model's state and decisions (docs/embedding.md), with no DOM and no wasm:
// tests/js/failure.test.mjs runs it in plain Node. The wasm host (wasm-host.mjs) tells it what
// happens (a call for a widget begins, an event is dispatched in one, a trap came) and does what
// it decides.
//
// A trap leaves the whole wasm instance in an unknown state, so every widget gets a fresh one.
// What differs is who is to blame: the widget whose work was running, if exactly one was. Its
// work is known while the loader calls into the wasm for it, while an event dispatched inside it
// is handled, while the wasm says it works for it (a dataset arriving: the `career-widget-work`
// event), and while a restart waits for it to settle (mounted one at a time for that). A widget
// blamed MAX_STRIKES times within WINDOW_MS shows the failure message alone; the others go on.
// Traps pinned on no widget restart everyone, mounting one at a time so the next one is pinned;
// only when more than MAX_UNPINNED of them come within WINDOW_MS does every widget give up.

export const MAX_STRIKES = 2;
export const MAX_UNPINNED = 3;
export const WINDOW_MS = 60_000;

export class FailureModel {
  /** 'idle' (no wasm yet) → 'loading' → 'ready'; after a trap 'loading' again, or 'failed'. */
  phase = 'idle';
  /** The live instance's number: calls into an instance with another are refused. */
  generation = 0;
  /** Why every widget gave up, once failed. */
  reason = 'a file failed to load';
  /** The widget a restart waits for, mounted alone. */
  isolating = undefined;
  #claims = new Map(); // widget -> how many of its calls are running in this turn
  #event; // [widget, event]: the last event dispatched inside a widget
  #strikes = new WeakMap(); // widget -> when it was blamed, within the window
  #unpinned = []; // times of traps pinned on no widget
  #broken = new WeakSet();

  /** Work for `widget` begins; `release` it once its turn's microtasks have run. */
  claim(widget) {
    this.#claims.set(widget, (this.#claims.get(widget) ?? 0) + 1);
  }

  release(widget) {
    const left = (this.#claims.get(widget) ?? 1) - 1;
    if (left > 0) this.#claims.set(widget, left);
    else this.#claims.delete(widget);
  }

  /** An event is being dispatched inside `widget`: its handlers, and the renders they cause
   * before the dispatch ends, are that widget's work. */
  dispatching(widget, event) {
    this.#event = [widget, event];
  }

  forget(widget) {
    if (this.#event?.[0] === widget) this.#event = undefined;
  }

  /** Whose work was running: one widget, or undefined when none or several were. */
  whose() {
    const suspects = new Set(this.#claims.keys());
    // An event's dispatch has ended once its phase is back to none (0).
    if (this.#event?.[1].eventPhase) suspects.add(this.#event[0]);
    if (this.isolating) suspects.add(this.isolating);
    const [only] = suspects;
    return suspects.size === 1 ? only : undefined;
  }

  isBroken(widget) {
    return this.#broken.has(widget);
  }

  /**
   * The live instance trapped at time `now` (ms) while `culprit`'s work ran (or nobody's known).
   * Returns what to do: `{ restart: true, broken }` (mount everyone again in a fresh instance,
   * `broken` excepted, which shows the message alone) or `{ restart: false }` (every widget shows
   * the message). A trap while not ready (a retired instance's) changes nothing: `null`.
   */
  trapped(now, culprit) {
    if (this.phase !== 'ready') return null;
    this.generation += 1;
    this.#claims.clear();
    this.#event = this.isolating = undefined;
    let broken;
    if (culprit) {
      const times = recent(this.#strikes.get(culprit) ?? [], now);
      times.push(now);
      this.#strikes.set(culprit, times);
      if (times.length >= MAX_STRIKES) {
        this.#broken.add(culprit);
        broken = culprit;
      }
    } else {
      this.#unpinned = recent(this.#unpinned, now);
      if (this.#unpinned.length >= MAX_UNPINNED) {
        this.phase = 'failed';
        this.reason = 'an internal error';
        return { restart: false };
      }
      this.#unpinned.push(now);
    }
    this.phase = 'loading';
    return { restart: true, broken };
  }

  /** The wasm could not be loaded (or a restart could not start): every widget gives up. */
  failed(reason) {
    this.phase = 'failed';
    this.reason = reason;
  }

  /**
   * Which widget's control gets the focus back after a restart: the widget that had the page's
   * focus when the trap came, unless it is the one now broken.
   */
  static refocusTarget(active, live, broken) {
    return live.has(active) && active !== broken ? active : undefined;
  }
}

function recent(times, now) {
  return times.filter((t) => now - t <= WINDOW_MS);
}
