import { resourceKindLabels, type PublishedResource, type Resource } from '../../../shared/resources';
import { toCsv } from '../csv';

/**
 * §7: THE whitelist of what leaves PeerDesk about an outside resource — its kind, name,
 * phones, hours, languages and whether it answers after hours. Not the Coordinator's note, not
 * the day it was last verified. The NAS files and the wallet card are built from this
 * function's output and nothing else.
 */
function publishedResource(resource: Resource): PublishedResource {
  return {
    kind: resourceKindLabels[resource.kind],
    name: resource.name,
    phones: [...resource.phones],
    hours: resource.hours,
    languages: [...resource.languages],
    afterHours: resource.afterHours,
  };
}

/** Every resource in the directory, in the directory's order (crisis lines first). */
export function resourcesToPublish(resources: Resource[]): PublishedResource[] {
  return resources.map(publishedResource);
}

/** "24/7" style reachability as printed: the hours, and "after hours" when it answers then. */
export function whenReachable(resource: PublishedResource): string {
  return [resource.hours, resource.afterHours ? 'after hours: yes' : ''].filter(Boolean).join(' · ');
}

export function resourcesCsv(resources: PublishedResource[]): string {
  return toCsv([
    ['Kind', 'Name', 'Phones', 'Hours', 'After hours', 'Languages'],
    ...resources.map((r) => [r.kind, r.name, r.phones.join('; '), r.hours, r.afterHours ? 'Yes' : 'No', r.languages.join('; ')]),
  ]);
}
