// The development-reform tables.
import { CarePlacement } from './CarePlacement';
import { ConstructionProject } from './ConstructionProject';
import { PlanTarget } from './PlanTarget';
import { SupportInstitution } from './SupportInstitution';

export { CarePlacement, ConstructionProject, PlanTarget, SupportInstitution };
export const entities = [SupportInstitution, ConstructionProject, CarePlacement, PlanTarget];
