export { Alert } from './alert';
export { Button, LinkButton } from './button';
export { Card } from './card';
export { EmptyState } from './empty-state';
export { ErrorState } from './error-state';
export { CheckboxField, FieldError, TextAreaField, TextField } from './field';
export { FormAlert } from './form-alert';
export { Loading, Spinner } from './spinner';
