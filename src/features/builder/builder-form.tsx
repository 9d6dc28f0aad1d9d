import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';
import { SECTIONS } from '../../schema/sections';
import { BuilderContext, useBuilder, type BuilderContextValue } from './builder-context';
import { FieldStyles } from './field-styles';
import { ProblemsStore } from './problems-store';
import { SectionStore } from './section-store';
import { carryOverValues } from './version-switch';
import { lazyModule } from '../../ui/lazy-load';

// The validation rules load right after the first render: they are not needed to type.
const validation = lazyModule(() => import('../../core/validation/validate'));

interface BuilderFormProps {
  /** The chart release the form targets. */
  version: string;
  /** Start from these form values instead of the chart defaults (tests, imports). */
  initialValues?: Values;
  children: ReactNode;
}

/**
 * The one form: react-hook-form holding the full effective values (defaults =
 * chartDefaults(version), every input named by its values path), validated by
 * validateValues into a problems store that fields and the header read.
 * It renders its children once; only subscribers re-render on input.
 */
export function BuilderForm({ version, initialValues, children }: BuilderFormProps) {
  const [defaultValues] = useState(() => initialValues ?? chartDefaults(version));
  const methods = useForm<Values>({ defaultValues, mode: 'onChange' });
  const [stores] = useState(() => ({
    problems: new ProblemsStore(),
    sections: new SectionStore(SECTIONS.map((s) => [s.id, !s.advanced] as const)),
  }));

  // Switching the chart release keeps what the user changed, on top of the new release's defaults.
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    const from = shownVersion.current;
    shownVersion.current = version;
    methods.reset(carryOverValues(methods.getValues(), from, version));
  }, [version, methods]);

  const context = useMemo<BuilderContextValue>(() => ({ version, ...stores }), [version, stores]);
  return (
    <FormProvider {...methods}>
      <BuilderContext.Provider value={context}>
        <FieldStyles />
        <ProblemsObserver />
        {children}
      </BuilderContext.Provider>
    </FormProvider>
  );
}

/**
 * Validates the form values on every change and publishes the problems. On a
 * first visit the rules arrive a moment after the first render, and the
 * first problems with them.
 */
function ProblemsObserver() {
  const { version, problems } = useBuilder();
  const { control } = useFormContext<Values>();
  const values = useWatch({ control }) as Values;
  const [rules, setRules] = useState(validation.get);
  useEffect(() => {
    if (rules) return;
    let live = true;
    void validation.load().then((m) => live && setRules(m));
    return () => {
      live = false;
    };
  }, [rules]);
  useEffect(() => {
    if (rules) problems.set(rules.validateValues(values, version));
  }, [rules, values, version, problems]);
  return null;
}
