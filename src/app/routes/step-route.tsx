/** `/t/:flowId/:nodeId?case=…`: a step of a case (the wizard's step page). */
export { StepPage as Component } from '@/features/wizard/pages/step-page';
