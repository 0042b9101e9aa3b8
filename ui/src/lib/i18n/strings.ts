// The app's one translator, fed by the `ui_strings` command. Components call `t()`;
// because it reads reactive state, whatever they render from it follows the language.

import { I18n, type MessageArgs } from "./i18n.svelte";
import { uiStrings } from "../ipc";

export const i18n = new I18n(uiStrings);

export const t = (id: string, args?: MessageArgs): string => i18n.t(id, args);
