// deck.gl's IconLayer as the atlas draws it (energy sites and their focus ring): icons facing
// the screen, with its vertex shader's billboard choice written as a constant (ground-layers.ts): the
// program compiles in ~58 ms instead of ~78 ms with SwiftShader. A module of its own because only
// code-split layers draw icons: the first view does not carry it.
import {IconLayer} from '@deck.gl/layers';
import {withFixedShader, type Unsupported} from './ground-layers';

export const unsupportedScreenIcon: Unsupported = (props) => (props.billboard ? null : 'billboard: false');

export const ScreenIconLayer = withFixedShader(IconLayer, 'ScreenIconLayer', [['icon.billboard', 'true']], unsupportedScreenIcon);
