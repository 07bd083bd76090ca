using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Every container, table, queue and setting the Bicep provisions is the one the app uses: names.json equals
/// <see cref="PipelineNames"/> in both directions, the compiled template is built from names.json, and no
/// Bicep file or hook spells a pipeline name itself.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed class NamesConsistencyTests(CompiledInfra infra)
{
    private readonly NamesFile _names = NamesFile.Load();

    public static TheoryData<string, string> NamesFileEntries()
    {
        var names = NamesFile.Load();
        var entries = new TheoryData<string, string>();
        foreach (var group in NamesFile.ConstantGroups.Keys)
        {
            foreach (var key in names.Group(group).Keys)
            {
                entries.Add(group, key);
            }
        }
        return entries;
    }

    [Theory]
    [MemberData(nameof(NamesFileEntries))]
    public void Names_file_entry_equals_its_PipelineNames_constant(string group, string constantName)
    {
        var constants = NamesFile.PipelineNameConstants();

        Assert.True(constants.ContainsKey(constantName), $"names.json {group}.{constantName} has no PipelineNames.{constantName}.");
        Assert.Equal(constants[constantName], _names.Value(group, constantName));
        Assert.Equal(group, NamesFile.GroupOf(constantName));
    }

    [Fact]
    public void Every_PipelineNames_container_table_queue_and_setting_is_provisioned()
    {
        var missing = NamesFile.PipelineNameConstants()
            .Select(constant => (constant.Key, Group: NamesFile.GroupOf(constant.Key)))
            .Where(constant => constant.Group is not null && !_names.Group(constant.Group).ContainsKey(constant.Key))
            .Select(constant => $"{constant.Group}.{constant.Key}")
            .ToList();

        Assert.True(missing.Count == 0, $"PipelineNames constants infra/names.json does not provision: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_compiled_template_embeds_the_names_file()
    {
        var variables = infra.MainTemplate["variables"]?.AsObject() ?? [];

        Assert.Contains(variables, variable => JsonNode.DeepEquals(variable.Value, _names.Root));
    }

    [Fact]
    public void Storage_module_creates_every_container_table_and_queue_of_the_names_file()
    {
        Assert.Contains("items(variables('names').containers)", ModuleArgument("storage", "containerNames"), StringComparison.Ordinal);
        Assert.Contains("items(variables('names').tables)", ModuleArgument("storage", "tableNames"), StringComparison.Ordinal);
        Assert.Contains("items(variables('names').queues)", ModuleArgument("storage", "queueNames"), StringComparison.Ordinal);
    }

    [Fact]
    public void Event_grid_routes_drafts_deletions_to_the_deletions_queue_and_dead_letters_to_its_container()
    {
        Assert.Equal(PipelineNames.DraftsContainer, ResolveModuleArgument("event-grid", "draftsContainerName"));
        Assert.Equal(PipelineNames.DeletionsQueue, ResolveModuleArgument("event-grid", "deletionsQueueName"));
        Assert.Equal(PipelineNames.DeadLetterContainer, ResolveModuleArgument("event-grid", "deadLetterContainerName"));
    }

    [Fact]
    public void Poison_alert_watches_the_blob_trigger_poison_queue_and_its_consumer()
    {
        Assert.Equal(PipelineNames.BlobTriggerPoisonQueue, ResolveModuleArgument("alerts", "poisonQueueName"));
        // FunctionsMetadataTests check that this function exists and consumes that queue.
        Assert.Equal(_names.Value("functions", "RecordPoison"), ResolveModuleArgument("alerts", "poisonFunctionName"));
    }

    [Fact]
    public void No_bicep_file_or_hook_spells_a_pipeline_name_itself()
    {
        var spelled =
            from file in Directory.EnumerateFiles(infra.InfraDirectory, "*", SearchOption.AllDirectories)
            where file.EndsWith(".bicep", StringComparison.Ordinal) || file.EndsWith(".sh", StringComparison.Ordinal)
            let text = File.ReadAllText(file)
            from kind in NamesFile.ConstantGroups.Keys
            from name in _names.Group(kind).Values
            where Regex.IsMatch(text, $@"['""/]{Regex.Escape(name)}['""/]|{Regex.Escape(name)}__")
            select $"{Path.GetRelativePath(infra.InfraDirectory, file)}: {name}";

        Assert.Empty(spelled);
    }

    private string ModuleArgument(string module, string parameter) =>
        (string?)ArmTemplate.ModuleParameter(infra.MainTemplate, module, parameter) ?? "";

    private string ResolveModuleArgument(string module, string parameter) =>
        ArmExpression.ResolveName(ModuleArgument(module, parameter), _names);
}
