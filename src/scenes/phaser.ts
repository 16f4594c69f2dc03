// The part of Phaser the board uses. The full build evaluates every module it bundles (physics,
// tilemaps, particles…) when first imported, one main-thread task of about 60 ms; the core build with
// the render texture the board draws its backdrop into is about half of that.

import RenderTexture from 'phaser-src/gameobjects/rendertexture/RenderTexture.js';
import Core from 'phaser-src/phaser-core.js';
import 'phaser-src/gameobjects/rendertexture/RenderTextureFactory.js';
import 'phaser-src/loader/filetypes/SVGFile.js'; // the icons

Core.GameObjects.RenderTexture = RenderTexture;

const Phaser: typeof import('phaser') = Core;
export default Phaser;
