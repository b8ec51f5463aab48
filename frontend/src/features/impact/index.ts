// The impact pages, for the app's routes. Their styles come along with them.

export { CollaborationImpactPage } from './collaboration-impact-page';
export { DefineOutcomePage } from './define-outcome-page';
export { ImpactOverviewPage } from './impact-overview-page';
export { PersonImpactPage } from './person-impact-page';
export { ReportPage } from './report-page';
export { RecordMeasurementPage } from './record-measurement-page';
export { ReviseOutcomePage } from './revise-outcome-page';
export { ValueImpactPage } from './value-impact-page';
export { ImpactGlance } from './impact-glance';
export { PersonStatedLived } from './stated-lived';
