// BlobCreated -> PublishDraft: the webhook subscription the Event Grid-sourced blob trigger listens on. Every file
// of the drafts container counts (no suffix filter): a draft is published, any other file is an asset.
// Deployed by postdeploy.sh after the code is running, because the URL carries the blobs_extension system
// key that the Functions host creates only then. The key is read inside ARM (listKeys) and goes straight
// into the subscription: it never passes through a shell, a parameter, a log or an output.

import { blobSubjectPrefix, deadLetterToContainer, retryPolicy } from '../lib/event-delivery.bicep'

@description('Function app hosting the PublishDraft blob trigger.')
param functionAppName string

@description('Event Grid system topic of the storage account.')
param systemTopicName string

@description('Storage account holding the drafts and dead-letter containers.')
param storageAccountName string

var names = loadJsonContent('../names.json')

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

// The host keys resource (sites/host) has no Bicep type, so it is addressed by id.
var blobsExtensionKey = listKeys('${app.id}/host/default', app.apiVersion).systemKeys.blobs_extension

resource created 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'drafts-to-publish'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${names.functions.PublishDraft}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: blobSubjectPrefix(names.containers.DraftsContainer)
      // Only operations that finish writing a blob; e.g. PutBlock alone or metadata changes are not new drafts.
      advancedFilters: [
        {
          key: 'data.api'
          operatorType: 'StringIn'
          values: [
            'PutBlob'
            'PutBlockList'
            'CopyBlob'
            'FlushWithClose'
          ]
        }
      ]
    }
    retryPolicy: retryPolicy()
    deadLetterWithResourceIdentity: deadLetterToContainer(account.id, names.containers.DeadLetterContainer)
  }
}

output subscriptionName string = created.name
