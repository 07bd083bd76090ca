// Event Grid system topic on the storage account and the BlobDeleted -> storage queue subscription.
// The BlobCreated -> webhook subscription needs the function's blobs_extension key, which exists only
// after the code is deployed, so infra/hooks/postdeploy.sh creates it on the same topic.
// Both subscriptions deliver and dead-letter with the topic's own identity, never with a storage key.

import { blobSubjectPrefix, deadLetterToContainer, retryPolicy } from '../lib/event-delivery.bicep'

@description('Name of the system topic.')
param systemTopicName string

@description('Region of the system topic (the storage account region).')
param location string

@description('Tags applied to the system topic.')
param tags object

@description('Storage account whose blob events the topic publishes.')
param storageAccountName string

@description('Container whose deletions (drafts and assets alike, never filtered by file type) reach the app.')
param draftsContainerName string

@description('Queue the BlobDeleted events are delivered to.')
param deletionsQueueName string

@description('Container undeliverable events are dead-lettered to.')
param deadLetterContainerName string

@description('Name of the BlobDeleted subscription.')
param deletionsSubscriptionName string

@description('Role definition ids the topic identity needs on the account (queue sender, blob writer).')
param storageRoleIds string[]

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

module topicDataAccess 'data-access.bicep' = {
  name: 'eventgrid-data-access'
  params: {
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
    storageAccountName: account.name
    storageRoleIds: storageRoleIds
  }
}

resource deletions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: deletionsSubscriptionName
  dependsOn: [
    topicDataAccess
  ]
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobDeleted'
      ]
      subjectBeginsWith: blobSubjectPrefix(draftsContainerName)
    }
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: account.id
          queueName: deletionsQueueName
          // Never expire: an unprocessed deletion must stay until the app unpublishes the article.
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    retryPolicy: retryPolicy()
    deadLetterWithResourceIdentity: deadLetterToContainer(account.id, deadLetterContainerName)
  }
}

output id string = topic.id
output name string = topic.name
