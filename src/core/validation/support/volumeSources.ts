/** Every `Volume` source field of core/v1, in the order `validateVolumeSource` checks them. */
export const VOLUME_SOURCES = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flexVolume',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'projected',
  'csi',
  'ephemeral',
  'image',
] as const;

const SOURCE_ORDER: ReadonlyMap<string, number> = new Map(
  VOLUME_SOURCES.map((source, index) => [source, index]),
);

function isPresentSource(volume: Record<string, unknown>, key: string): boolean {
  return SOURCE_ORDER.has(key) && volume[key] !== undefined && volume[key] !== null;
}

/** The volume source fields present on a volume object (`null` counts as absent). */
export function presentVolumeSources(volume: Record<string, unknown>): string[] {
  // A volume has a handful of keys and there are 30 sources: walk the keys, not the sources.
  const present = Object.keys(volume).filter((key) => isPresentSource(volume, key));
  if (present.length > 1) {
    present.sort((a, b) => (SOURCE_ORDER.get(a) ?? 0) - (SOURCE_ORDER.get(b) ?? 0));
  }
  return present;
}

/** True when the volume has at least one source (else the v1 defaults make it an emptyDir). */
export function hasVolumeSource(volume: Record<string, unknown>): boolean {
  for (const key in volume) {
    if (Object.hasOwn(volume, key) && isPresentSource(volume, key)) return true;
  }
  return false;
}
