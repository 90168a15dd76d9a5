/** `/t/:flowId/shared#…`: a share link, opened as a new case. */
export { SharedPage as Component } from '@/features/wizard/pages/shared-page';
