import { type ComponentType } from 'react';
import type { Widget } from '../../../schema/meta';
import { NumberWidget } from './number-widget';
import { SecretWidget } from './secret-widget';
import { SelectWidget } from './select-widget';
import { SwitchWidget } from './switch-widget';
import { TextWidget } from './text-widget';
import type { WidgetProps } from './widget-props';
import { lazyComponent } from '../../../ui/lazy-load';

// Scalar widgets are in the first-load chunk; list, map, YAML and connection editors load when a field
// that needs one first renders (<Field> holds the Suspense boundary).
const StringListWidget = lazyComponent(() => import('./string-list-widget'), 'StringListWidget');
const KeyValueWidget = lazyComponent(() => import('./key-value-widget'), 'KeyValueWidget');
const YamlWidget = lazyComponent(() => import('./yaml-widget'), 'YamlWidget');
const ObjectListWidget = lazyComponent(() => import('./object-list-widget'), 'ObjectListWidget');
const ConnectionWidget = lazyComponent(() => import('./connection-widget'), 'ConnectionWidget');

export interface WidgetDef {
  component: ComponentType<WidgetProps>;
  /** How the field's label attaches: to the one input, to a group of inputs, or after an inline switch. */
  layout: 'input' | 'group' | 'inline';
  /** Whether the widget shows the problems below its path itself (list rows, map entries). */
  showsNested: boolean;
}

export const WIDGETS: Record<Widget, WidgetDef> = {
  text: { component: TextWidget, layout: 'input', showsNested: false },
  secret: { component: SecretWidget, layout: 'input', showsNested: false },
  number: { component: NumberWidget, layout: 'input', showsNested: false },
  switch: { component: SwitchWidget, layout: 'inline', showsNested: false },
  select: { component: SelectWidget, layout: 'input', showsNested: false },
  keyValue: { component: KeyValueWidget, layout: 'group', showsNested: true },
  stringList: { component: StringListWidget, layout: 'group', showsNested: true },
  yaml: { component: YamlWidget, layout: 'input', showsNested: false },
  objectList: { component: ObjectListWidget, layout: 'group', showsNested: true },
  connection: { component: ConnectionWidget, layout: 'group', showsNested: true },
  connectionList: { component: ObjectListWidget, layout: 'group', showsNested: true },
};
