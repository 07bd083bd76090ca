// Delivery rules shared by both drafts subscriptions (the BlobDeleted queue one in modules/event-grid.bicep
// and the BlobCreated webhook one in hooks/blob-created-subscription.bicep), so they cannot drift apart.

@export()
@description('Subject prefix of every blob event in the given container (and only that container).')
func blobSubjectPrefix(containerName string) string => '/blobServices/default/containers/${containerName}/blobs/'

@export()
@description('Retry for a day before giving up; then the event is dead-lettered, never dropped.')
func retryPolicy() object => {
  maxDeliveryAttempts: 30
  eventTimeToLiveInMinutes: 1440
}

@export()
@description('Dead-letter undeliverable events into a container, written with the system topic identity.')
func deadLetterToContainer(storageAccountId string, containerName string) object => {
  identity: {
    type: 'SystemAssigned'
  }
  deadLetterDestination: {
    endpointType: 'StorageBlob'
    properties: {
      resourceId: storageAccountId
      blobContainerName: containerName
    }
  }
}
