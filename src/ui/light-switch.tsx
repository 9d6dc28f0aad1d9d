import type { ChangeEvent, InputHTMLAttributes, Ref } from 'react';

export interface SwitchProps {
  id?: string;
  name?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Attributes of the <input> itself (aria-describedby, aria-invalid, ...). */
  htmlInput?: InputHTMLAttributes<HTMLInputElement>;
}

/**
 * An on/off switch: a native checkbox with role="switch" (named by its
 * <label for>), drawn as a track and a thumb by light-styles.ts. Its focus
 * ring is on the root, which does not clip it.
 */
export function Switch({ id, name, checked, disabled, onChange, onBlur, inputRef, htmlInput }: SwitchProps) {
  return (
    <span className="vb-switch">
      <input {...htmlInput} ref={inputRef} type="checkbox" role="switch" className="vb-switch-input" id={id} name={name} checked={checked} disabled={disabled} onChange={onChange} onBlur={onBlur} />
      <span className="vb-switch-track" aria-hidden />
      <span className="vb-switch-thumb" aria-hidden />
    </span>
  );
}
