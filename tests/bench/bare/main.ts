// The baseline for the boot benchmark: Phaser 4 and nothing else, one scene that marks the moment it
// is up. Built by the same Vite config as the game (tests/bench/browser.ts).
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    performance.mark('tug:interactive');
  }
}

new Phaser.Game({ type: Phaser.WEBGL, parent: 'app', banner: false, scene: Bare });
