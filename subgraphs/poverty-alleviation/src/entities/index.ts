// The poverty-alleviation tables.
import { MonitoredHousehold } from './MonitoredHousehold';
import { MonitoredMember } from './MonitoredMember';
import { MonitoredRiskCause } from './MonitoredRiskCause';
import { SupportMeasure } from './SupportMeasure';

export { MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure };
export const entities = [MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure];
