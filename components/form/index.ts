export { useActionForm, type ActionFormController, type ActionFormOptions } from './use-action-form';
export { ActionForm, type ActionFormProps } from './action-form';
export { FailureNotice, type FailureNoticeProps } from './failure-notice';
export { TextField, TextAreaField, SelectField, CheckboxField, SubmitButton, type Option } from './fields';
