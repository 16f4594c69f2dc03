// Short, quiet cues synthesised with Web Audio: nothing to download, nothing to license.
// creak: a knot moves; stamp: a control is imposed; chime: a breakthrough.

export type Cue = 'creak' | 'stamp' | 'chime';

let enabled = true;
let context: AudioContext | null = null;
const VOLUME = 0.12;

export const setSound = (on: boolean): void => {
  enabled = on;
};
export const soundOn = (): boolean => enabled;

function audio(): AudioContext | null {
  if (!enabled || typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
  return context;
}

function envelope(ctx: AudioContext, start: number, attack: number, decay: number, peak: number): GainNode {
  const g = ctx.createGain();
  g.gain.setValueAtTime(0.0001, start);
  g.gain.linearRampToValueAtTime(peak * VOLUME, start + attack);
  g.gain.exponentialRampToValueAtTime(0.0001, start + attack + decay);
  g.connect(ctx.destination);
  return g;
}

export function play(cue: Cue): void {
  const ctx = audio();
  if (!ctx) return;
  const now = ctx.currentTime;
  if (cue === 'chime') {
    for (const [i, f] of [880, 1320, 1760].entries()) {
      const o = ctx.createOscillator();
      o.type = 'sine';
      o.frequency.value = f;
      o.connect(envelope(ctx, now + i * 0.06, 0.01, 0.9, 0.5 / (i + 1)));
      o.start(now + i * 0.06);
      o.stop(now + 1.2);
    }
  } else if (cue === 'stamp') {
    const o = ctx.createOscillator();
    o.type = 'triangle';
    o.frequency.setValueAtTime(140, now);
    o.frequency.exponentialRampToValueAtTime(45, now + 0.18);
    o.connect(envelope(ctx, now, 0.005, 0.22, 1));
    o.start(now);
    o.stop(now + 0.3);
  } else {
    // A creak: a rough, slowly bending tone made by modulating a sawtooth.
    const o = ctx.createOscillator();
    const wobble = ctx.createOscillator();
    const depth = ctx.createGain();
    const filter = ctx.createBiquadFilter();
    o.type = 'sawtooth';
    o.frequency.setValueAtTime(95, now);
    o.frequency.linearRampToValueAtTime(70, now + 0.35);
    wobble.frequency.value = 33;
    depth.gain.value = 18;
    wobble.connect(depth).connect(o.frequency);
    filter.type = 'bandpass';
    filter.frequency.value = 600;
    filter.Q.value = 3;
    o.connect(filter).connect(envelope(ctx, now, 0.03, 0.35, 0.5));
    o.start(now);
    wobble.start(now);
    o.stop(now + 0.45);
    wobble.stop(now + 0.45);
  }
}
