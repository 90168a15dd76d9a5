/**
 * The trainer's entry: what other features use of it (the wizard's fix step
 * shows the trainer's choice of mode under the step; a link without a case
 * may open a step's trainer at once). Its pages (class, presenter) are
 * composed by the app's router.
 */
export { StepTrainer } from './step-trainer';
export { MODE_LABELS, parseMode, type TrainerMode } from './trainer-mode';
