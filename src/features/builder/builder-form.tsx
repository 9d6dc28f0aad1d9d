import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';
import { SECTIONS } from '../../schema/sections';
import { BuilderContext, type BuilderContextValue } from './builder-context';
import { FormPipeline } from './form-pipeline';
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
 * chartDefaults(version), every input named by its values path). One
 * FormPipeline subscribes to it and computes, per change, the changed/full
 * values and the problems (into the problems store that fields and the
 * header read); everything else that follows the whole form reads the
 * pipeline. It renders its children once; only subscribers re-render on input.
 */
export function BuilderForm({ version, initialValues, children }: BuilderFormProps) {
  const [defaultValues] = useState(() => initialValues ?? chartDefaults(version));
  const methods = useForm<Values>({ defaultValues, mode: 'onChange' });
  const [stores] = useState(() => {
    const problems = new ProblemsStore();
    return {
      problems,
      sections: new SectionStore(SECTIONS.map((s) => [s.id, !s.advanced] as const)),
      pipeline: new FormPipeline(defaultValues, version, problems),
    };
  });
  const { pipeline } = stores;

  // The one subscription to the whole form: every change goes through the pipeline, computed once.
  const { getValues, subscribe } = methods;
  useEffect(() => {
    const unsubscribe = subscribe({ formState: { values: true }, callback: ({ values }) => pipeline.setValues(values) });
    // Catch up with anything that changed between the first render and this subscription.
    pipeline.setValues(getValues());
    return () => {
      unsubscribe();
      pipeline.dispose();
    };
  }, [pipeline, subscribe, getValues]);

  // The validation rules load right after the first render; the first problems come with them.
  useEffect(() => {
    let live = true;
    void validation.load().then((m) => live && pipeline.setValidate(m.validateValues));
    return () => {
      live = false;
    };
  }, [pipeline]);

  // Switching the chart release keeps what the user changed, on top of the new release's defaults.
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    const from = shownVersion.current;
    shownVersion.current = version;
    const next = carryOverValues(methods.getValues(), from, version);
    pipeline.setVersion(version, next);
    methods.reset(next);
  }, [version, methods, pipeline]);

  const context = useMemo<BuilderContextValue>(() => ({ version, ...stores }), [version, stores]);
  // react-hook-form re-renders this component when its own form state changes; at mount it sets `isReady` in a
  // layout effect, a synchronous update that re-rendered every open field in one long task (docs/performance.md).
  // The fields subscribe to what they show; what they need from a re-render of the form is a reset (new default
  // values: undo, imports, a chart release switch), so the subtree renders again only then. Reading
  // `defaultValues` does not subscribe this component to anything.
  const resetDefaults = methods.formState.defaultValues;
  return useMemo(
    () => (
      <FormProvider {...methods}>
        <BuilderContext.Provider value={context}>
          <FieldStyles />
          {children}
        </BuilderContext.Provider>
      </FormProvider>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resetDefaults: a new value means the form was reset
    [methods, context, children, resetDefaults],
  );
}
