/** `/t/:flowId/runbook` ("Print the fix"): the whole fix as one printable page. */
export { FixRunbook as Component } from '@/features/runbook/fix-runbook';
