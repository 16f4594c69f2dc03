import Phaser from 'phaser';
import { TitleScene } from './scenes/TitleScene.ts';

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: '#0e1416',
  scale: { mode: Phaser.Scale.RESIZE, width: 1280, height: 720 },
  scene: [TitleScene],
});
