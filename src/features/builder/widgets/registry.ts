import type { ComponentType } from 'react';
import type { Widget } from '../../../schema/meta';
import { ConnectionListWidget } from './connection-list-widget';
import { ConnectionWidget } from './connection-widget';
import { ExtraPathsWidget } from './extra-paths-widget';
import { IngressTlsWidget } from './ingress-tls-widget';
import { KeyValueWidget } from './key-value-widget';
import { NumberWidget } from './number-widget';
import { SecretWidget } from './secret-widget';
import { SelectWidget } from './select-widget';
import { StringListWidget } from './string-list-widget';
import { SwitchWidget } from './switch-widget';
import { TextWidget } from './text-widget';
import { TolerationsWidget } from './tolerations-widget';
import type { WidgetProps } from './widget-props';
import { YamlWidget } from './yaml-widget';

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
  tolerations: { component: TolerationsWidget, layout: 'group', showsNested: true },
  ingressTls: { component: IngressTlsWidget, layout: 'group', showsNested: true },
  extraPaths: { component: ExtraPathsWidget, layout: 'group', showsNested: true },
  connection: { component: ConnectionWidget, layout: 'group', showsNested: true },
  connectionList: { component: ConnectionListWidget, layout: 'group', showsNested: true },
};
