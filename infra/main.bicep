// One `azd up` deploys the whole pipeline: storage, Flex Consumption function app, monitoring,
// Event Grid and alerts. Names the app depends on come from names.json, which the infra tests keep
// equal to src/Pipeline.Publishing/Configuration/PipelineNames.cs.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; seeds the resource group and resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource; it must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or service principal; empty grants nobody data access.')
param principalId string = ''

@description('Kind of the deploying principal.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Most instances the app scales out to; bounds cost and downstream load.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance in MB; CPU scales with it and so does the per-second price.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Absolute base URL readers reach the site at (a custom domain, ending in /); empty: the function app\'s https host name.')
param siteBaseUrl string = ''

@description('E-mail address for the poison/dead-letter alerts; empty creates the alerts without a receiver.')
param alertEmail string = ''

// The HTTP API signs listing cursors with this key; every instance must share it or one instance refuses the
// cursors of another. Bicep can only draw randomness (newGuid) in a parameter default, so the generated key is
// that default: two GUIDs as text, base64 encoded, decode to 72 bytes (the app needs 32). Secure parameters
// are neither logged in deployment history nor returned in outputs.
@secure()
@description('Base64 key (>= 32 bytes) signing listing cursors, kept across deployments; empty uses generatedCursorKey.')
param cursorKey string = ''

@secure()
@description('Used when cursorKey is empty: generated on every deployment, so a redeploy invalidates cursors in flight.')
param generatedCursorKey string = base64('${newGuid()}${newGuid()}')

// Preview links (/preview/{token}) are signed with this key by `pipeline preview-link` on the author's machine,
// so the author must know it: set PIPELINE_PREVIEW_KEY in the azd environment and the same value as
// Pipeline__Web__PreviewKey where the CLI runs. Without it a key is generated per deployment (read it from the
// app settings), and a redeploy invalidates the links issued before.
@secure()
@description('Base64 key (>= 32 bytes) signing preview links, shared with the authors\' pipeline preview-link; empty uses generatedPreviewKey.')
param previewKey string = ''

@secure()
@description('Used when previewKey is empty: generated on every deployment, so a redeploy invalidates preview links.')
param generatedPreviewKey string = base64('${newGuid()}${newGuid()}')

var names = loadJsonContent('names.json')
var roles = loadJsonContent('roles.json')

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-${resourceToken}'
// The Flex platform reads the deployment package from this container; it holds no pipeline data.
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    containerNames: concat(map(items(names.containers), c => c.value), [deploymentContainerName])
    tableNames: map(items(names.tables), t => t.value)
    queueNames: map(items(names.queues), q => q.value)
  }
}

// What the app itself may do: own its blobs (the Flex deployment package, drafts, pages, trigger
// receipts), read and write queues (deletions, poison) and tables (index, status), publish telemetry.
var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

module appDataAccess 'modules/data-access.bicep' = {
  name: 'app-data-access'
  scope: resourceGroup
  params: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    storageAccountName: storage.outputs.name
    storageRoleIds: appStorageRoles
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    metricsPublisherRoleId: roles.monitoringMetricsPublisher
  }
}

// The same rights for the deploying person, so a local host can run against this account (docs/deploy.md).
module deployerDataAccess 'modules/data-access.bicep' = if (!empty(principalId)) {
  name: 'deployer-data-access'
  scope: resourceGroup
  params: {
    principalId: principalId
    principalType: principalType
    storageAccountName: storage.outputs.name
    storageRoleIds: appStorageRoles
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: resourceGroup
  dependsOn: [
    appDataAccess
  ]
  params: {
    planName: 'plan-${resourceToken}'
    appName: functionAppName
    location: location
    tags: tags
    appTags: union(tags, { 'azd-service-name': 'functions' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    storageConnectionSetting: names.settings.StorageConnectionSetting
    siteBaseUrlSetting: names.settings.SiteBaseUrlSetting
    siteBaseUrl: siteBaseUrl
    extraAppSettings: {
      '${names.settings.DraftsContainerSetting}': names.containers.DraftsContainer
      '${names.settings.ReconcileScheduleSetting}': names.defaults.DefaultReconcileSchedule
    }
    secretAppSettings: {
      '${names.settings.CursorKeySetting}': empty(cursorKey) ? generatedCursorKey : cursorKey
      '${names.settings.PreviewKeySetting}': empty(previewKey) ? generatedPreviewKey : previewKey
    }
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    runtimeVersion: '10.0'
  }
}

module eventGrid 'modules/event-grid.bicep' = {
  name: 'event-grid'
  scope: resourceGroup
  params: {
    systemTopicName: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    draftsContainerName: names.containers.DraftsContainer
    deletionsQueueName: names.queues.DeletionsQueue
    deadLetterContainerName: names.containers.DeadLetterContainer
    deletionsSubscriptionName: 'drafts-deleted-to-queue'
    storageRoleIds: [
      roles.storageQueueDataMessageSender
      roles.storageBlobDataContributor
    ]
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: resourceGroup
  params: {
    actionGroupName: 'ag-${resourceToken}'
    alertEmail: alertEmail
    tags: tags
    location: location
    workspaceId: monitoring.outputs.workspaceId
    systemTopicId: eventGrid.outputs.id
    poisonQueueName: names.queues.BlobTriggerPoisonQueue
    poisonFunctionName: names.functions.RecordPoison
  }
}

// Outputs become azd environment values (and the postdeploy hook's variables). Names and endpoints only.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output PIPELINE_DRAFTS_CONTAINER string = names.containers.DraftsContainer
output PIPELINE_DEAD_LETTER_CONTAINER string = names.containers.DeadLetterContainer
