// Flex Consumption (FC1, Linux) plan and the .NET isolated function app. The app runs as a
// user-assigned identity and reaches storage, its deployment package and Application Insights with it:
// no key or connection string secret is ever stored in app settings.

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (also its default host name prefix).')
param appName string

@description('Region of the plan and the app.')
param location string

@description('Tags applied to the plan.')
param tags object

@description('Tags applied to the app; azd finds the app to deploy to by its azd-service-name tag.')
param appTags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity; identity-based connections name it explicitly.')
param identityClientId string

@description('Storage account holding the app data and the deployment package.')
param storageAccountName string

@description('Blob container the Flex platform reads the deployment package from.')
param deploymentContainerName string

@description('Name of the connection setting prefix the triggers use (PipelineNames.StorageConnectionSetting).')
param storageConnectionSetting string

@description('App setting holding the site\'s absolute base URL (PipelineNames.SiteBaseUrlSetting).')
param siteBaseUrlSetting string

@description('Absolute base URL of the site (e.g. a custom domain, ending in /); empty: the app\'s own https host name.')
param siteBaseUrl string = ''

@description('Extra app settings (name to value); none may hold a secret.')
param extraAppSettings object

// A secure object: its values stay out of the nested deployment's recorded parameters.
@secure()
@description('App settings (name to value) that hold secrets, such as the cursor signing key.')
param secretAppSettings object

@description('Application Insights component the app sends telemetry to.')
param applicationInsightsName string

@description('Upper bound on instances the app scales out to.')
param maximumInstanceCount int

@description('Memory of each instance in MB; CPU scales with it.')
param instanceMemoryMB int

@description('.NET isolated worker version.')
param runtimeVersion string

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// Separate service URIs (not __serviceUri, which only covers blobs): the blob trigger writes its
// poison queue and receipts through the queue and table endpoints of the same connection.
var storageConnection = {
  '${storageConnectionSetting}__credential': 'managedidentity'
  '${storageConnectionSetting}__clientId': identityClientId
  '${storageConnectionSetting}__blobServiceUri': account.properties.primaryEndpoints.blob
  '${storageConnectionSetting}__queueServiceUri': account.properties.primaryEndpoints.queue
  '${storageConnectionSetting}__tableServiceUri': account.properties.primaryEndpoints.table
}

// The connection string only locates the ingestion endpoint; with DisableLocalAuth the component
// rejects it unless the Entra token named by the authentication string comes along.
var telemetry = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// Canonical links, feeds and og:image are absolute: without this they would name the renderer's local default.
// Root-relative page URLs (articles, published images) are served by this app at its root (routePrefix "").
var site = {
  '${siteBaseUrlSetting}': empty(siteBaseUrl) ? 'https://${app.properties.defaultHostName}/' : siteBaseUrl
}

var appSettings = union(storageConnection, telemetry, site, extraAppSettings, secretAppSettings)

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: appTags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: appSettings
}

// Basic (publishing-credential) auth off for both endpoints: deployments go through Entra ID.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

output id string = app.id
output name string = app.name
output defaultHostName string = app.properties.defaultHostName
