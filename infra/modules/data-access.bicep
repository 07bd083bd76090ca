// Grants one principal data-plane roles on the storage account and, optionally, the right to publish
// telemetry to Application Insights (needed because the component accepts Entra-authenticated ingestion only).

@description('Object id of the identity, user or group receiving the roles.')
param principalId string

@description('Kind of principal; ARM needs it to assign roles to a just-created identity without a replication race.')
@allowed([
  'ServicePrincipal'
  'User'
  'Group'
])
param principalType string

@description('Storage account the storage roles apply to.')
param storageAccountName string

@description('Role definition ids (GUIDs) granted on the storage account.')
param storageRoleIds string[]

@description('Application Insights component to grant Monitoring Metrics Publisher on; empty for none.')
param applicationInsightsName string = ''

@description('Role definition id of Monitoring Metrics Publisher.')
param metricsPublisherRoleId string = ''

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = if (!empty(applicationInsightsName)) {
  name: applicationInsightsName
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoleIds: {
    name: guid(account.id, principalId, roleId)
    scope: account
    properties: {
      principalId: principalId
      principalType: principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(applicationInsightsName)) {
  name: guid(applicationInsights.id, principalId, metricsPublisherRoleId)
  scope: applicationInsights
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRoleId)
  }
}
