// The failure model's decisions (assets/loader/failure.mjs), without a browser: who is to blame
// for a trap, when to restart, when a widget or every widget gives up, where the focus goes back.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FailureModel, MAX_STRIKES, MAX_UNPINNED, WINDOW_MS } from '../../assets/loader/failure.mjs';

const ready = () => Object.assign(new FailureModel(), { phase: 'ready' });
// Widgets are elements in the page; any object will do here.
const widget = (name) => ({ name });
const [a, b, c] = ['a', 'b', 'c'].map(widget);
const dispatching = { eventPhase: 2 }; // an event whose listeners are running
const dispatched = { eventPhase: 0 }; // one whose dispatch has ended

describe('whose work was running', () => {
  test('the one widget the loader was calling for, until its turn ends', () => {
    const model = ready();
    assert.equal(model.whose(), undefined, 'nobody');
    model.claim(a);
    assert.equal(model.whose(), a);
    model.release(a);
    assert.equal(model.whose(), undefined, 'released after the microtasks its call queued');
  });

  test('two widgets at once are nobody known (their renders share one scheduler run)', () => {
    const model = ready();
    model.claim(a);
    model.claim(b);
    assert.equal(model.whose(), undefined);
    model.release(a);
    assert.equal(model.whose(), b);
  });

  test('a claim taken twice holds until both are released', () => {
    const model = ready();
    model.claim(a);
    model.claim(a);
    model.release(a);
    assert.equal(model.whose(), a);
    model.release(a);
    assert.equal(model.whose(), undefined);
  });

  test('an event still being dispatched inside a widget; not one whose dispatch ended', () => {
    const model = ready();
    model.dispatching(a, dispatching);
    assert.equal(model.whose(), a);
    model.dispatching(a, dispatched);
    assert.equal(model.whose(), undefined);
    model.dispatching(b, dispatching);
    model.forget(b);
    assert.equal(model.whose(), undefined, 'a removed widget');
  });

  test('the widget a restart is waiting for; with another one busy, nobody known', () => {
    const model = ready();
    model.isolating = a;
    assert.equal(model.whose(), a);
    model.dispatching(b, dispatching);
    assert.equal(model.whose(), undefined);
  });

});

describe('what a trap leads to', () => {
  test('only a ready instance\'s trap counts (a retired one is not entered again)', () => {
    const model = new FailureModel();
    assert.equal(model.trapped(0, a), null);
    model.phase = 'loading';
    assert.equal(model.trapped(0, a), null);
    assert.equal(model.generation, 0);
  });

  test('a widget is restarted with the others, and shows the message alone on its second trap in a minute', () => {
    const model = ready();
    assert.deepEqual(model.trapped(1_000, a), { restart: true, broken: undefined });
    assert.equal(model.generation, 1, 'the instance is retired');
    assert.equal(model.phase, 'loading');
    assert.equal(model.isBroken(a), false);
    model.phase = 'ready';
    assert.deepEqual(model.trapped(2_000, a), { restart: true, broken: a }, 'the others restart');
    assert.equal(model.isBroken(a), true);
    assert.equal(MAX_STRIKES, 2);
  });

  test('strikes older than the window are forgotten', () => {
    const model = ready();
    model.trapped(0, a);
    model.phase = 'ready';
    assert.equal(model.trapped(WINDOW_MS + 1, a).broken, undefined);
  });

  test('one widget\'s traps never make another give up', () => {
    const model = ready();
    const ws = [0, 1, 2, 3, 4].map(widget);
    for (let i = 0; i < 10; i++) {
      model.phase = 'ready';
      assert.equal(model.trapped(i, ws[i % 5]).restart, true);
    }
    assert.equal(model.isBroken(b), false);
    assert.notEqual(model.phase, 'failed');
  });

  test('traps pinned on nobody restart everyone; one more than MAX_UNPINNED in a minute, and every widget gives up', () => {
    const model = ready();
    for (let i = 0; i < MAX_UNPINNED; i++) {
      model.phase = 'ready';
      assert.deepEqual(model.trapped(i * 1_000, undefined), { restart: true, broken: undefined });
    }
    model.phase = 'ready';
    assert.deepEqual(model.trapped(10_000, undefined), { restart: false });
    assert.equal(model.phase, 'failed');
    assert.equal(model.reason, 'an internal error');
  });

  test('unpinned traps spread over more than a minute keep restarting', () => {
    const model = ready();
    for (let i = 0; i < 10; i++) {
      model.phase = 'ready';
      assert.equal(model.trapped(i * (WINDOW_MS / 2), undefined).restart, true, `trap ${i}`);
    }
  });

  test('a trap forgets the claims and events of the retired instance', () => {
    const model = ready();
    model.claim(a);
    model.dispatching(b, dispatching);
    model.isolating = 'c';
    model.trapped(0, undefined);
    assert.equal(model.whose(), undefined);
    assert.equal(model.isolating, undefined);
  });

  test('a file that cannot load: every widget gives up with the reason', () => {
    const model = ready();
    model.failed('a file failed to load');
    assert.equal(model.phase, 'failed');
    assert.equal(model.reason, 'a file failed to load');
    assert.equal(model.trapped(0, a), null);
  });
});

test('the focus goes back to the widget the reader was in, unless that one is now broken', () => {
  const live = new Set([a, b]);
  assert.equal(FailureModel.refocusTarget(a, live, undefined), a);
  assert.equal(FailureModel.refocusTarget(a, live, a), undefined);
  assert.equal(FailureModel.refocusTarget(widget('body'), live, undefined), undefined, 'not in a widget');
});
