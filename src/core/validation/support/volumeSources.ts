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

/** The volume source fields present on a volume object (`null` counts as absent). */
export function presentVolumeSources(volume: Record<string, unknown>): string[] {
  return VOLUME_SOURCES.filter((source) => volume[source] !== undefined && volume[source] !== null);
}
