// Tells an operator when something was given up on: a draft whose blob trigger exhausted its retries
// (it lands on the poison queue, which the RecordPoison function drains and records), or an event Event
// Grid could not deliver (it lands in the dead-letter container).

@description('Name of the action group.')
param actionGroupName string

@description('E-mail address alerts go to; empty creates the action group without receivers.')
param alertEmail string

@description('Tags applied to the alert resources.')
param tags object

@description('Region of the log alert (the workspace region).')
param location string

@description('Log Analytics workspace the Application Insights telemetry lands in.')
param workspaceId string

@description('Event Grid system topic whose dead-lettered events raise the alert.')
param systemTopicId string

@description('Queue the blob trigger moves a draft to after its last failed attempt.')
param poisonQueueName string

@description('Function that consumes the poison queue.')
param poisonFunctionName string

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: take(actionGroupName, 12)
    enabled: true
    emailReceivers: empty(alertEmail)
      ? []
      : [
          {
            name: 'operator'
            emailAddress: alertEmail
            useCommonAlertSchema: true
          }
        ]
  }
}

// Every event written to the dead-letter container is counted by the topic's DeadLetteredCount metric.
resource deadLettered 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'dead-lettered-events'
  location: 'global'
  tags: tags
  properties: {
    description: 'Event Grid dead-lettered at least one blob event into the dead-letter container.'
    severity: 2
    enabled: true
    scopes: [
      systemTopicId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    autoMitigate: true
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'DeadLettered'
          metricNamespace: 'Microsoft.EventGrid/systemTopics'
          metricName: 'DeadLetteredCount'
          timeAggregation: 'Total'
          operator: 'GreaterThan'
          threshold: 0
        }
      ]
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

// A message on the poison queue shows up as a RecordPoison invocation (a request, and traces under its
// operation) whichever telemetry mode the host uses; host logs that name the poison queue count too.
resource poisoned 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'poisoned-drafts'
  location: location
  tags: tags
  properties: {
    description: 'A draft exhausted its publish retries and reached the poison queue.'
    severity: 2
    enabled: true
    scopes: [
      workspaceId
    ]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    autoMitigate: true
    // The App* tables appear once the first telemetry arrives; validating the query before that would fail.
    skipQueryValidation: true
    criteria: {
      allOf: [
        {
          query: 'union (AppRequests | where Name == \'${poisonFunctionName}\' or OperationName == \'${poisonFunctionName}\'), (AppTraces | where OperationName == \'${poisonFunctionName}\' or Message contains \'${poisonQueueName}\')'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}
