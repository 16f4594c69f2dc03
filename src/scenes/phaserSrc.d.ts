// Phaser's own source modules are CommonJS without types; ./phaser.ts gives them Phaser's types.
declare module 'phaser-src/*';
