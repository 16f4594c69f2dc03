import Phaser from 'phaser';
import { shippedScenarios } from '../scenario/shipped.ts';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    const { width } = this.scale;
    this.add
      .text(width / 2, 80, '慢速拔河 · Slow Tug-of-War', { fontSize: '36px', color: '#e6e1d3' })
      .setOrigin(0.5);
    shippedScenarios().forEach((s, i) => {
      this.add
        .text(width / 2, 180 + i * 48, `${s.title.zh} · ${s.title.en}  (${s.turns} turns)`, {
          fontSize: '22px',
          color: '#c9b37e',
        })
        .setOrigin(0.5);
    });
  }
}
