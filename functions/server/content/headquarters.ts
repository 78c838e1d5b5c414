// The headquarters desk and the emergency facts, bundled into the Worker and parsed once per isolate.
import { parse } from 'yaml';
import { type EmergencyFacts, emergencySchema, type Headquarters, headquartersSchema } from '../../core/content/desk-schemas';

const files = import.meta.glob<string>(['../../../content/headquarters.yaml', '../../../content/emergency.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fileNamed = (name: string) => Object.entries(files).find(([path]) => path.endsWith(name))?.[1] ?? '';

let headquarters: Headquarters | undefined;
let emergency: EmergencyFacts | undefined;

export function headquartersDesk(): Headquarters {
  headquarters ??= headquartersSchema.parse(parse(fileNamed('/headquarters.yaml')));
  return headquarters;
}

export function emergencyFacts(): EmergencyFacts {
  emergency ??= emergencySchema.parse(parse(fileNamed('/emergency.yaml')));
  return emergency;
}
