/** `/t/:flowId/handover?case=…`: a case ready to hand over (the wizard's hand-over page). */
export { HandoverPage as Component } from '@/features/wizard/pages/handover-page';
