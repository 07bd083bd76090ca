using System.Text;

namespace Pipeline.Assets.Tests;

public sealed class SvgSizeTests
{
    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\"/>", 120, 80)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"80.4px\" viewBox=\"0 0 10 10\"/>", 120, 80)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>", 300, 150)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" viewBox=\"0,0,300,150\"/>", 600, 300)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" height=\"50\" viewBox=\"0 0 300 150\"/>", 100, 50)]
    public void The_root_size_or_view_box_gives_the_intrinsic_size(string svg, int width, int height) =>
        Assert.Equal((width, height), SvgSize.Read(Encoding.UTF8.GetBytes(svg)));

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"50%\"/>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10em\"/>")]
    [InlineData("<html/>")]
    [InlineData("not xml")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg width=\"1\" height=\"1\"/>")]
    public void No_size_in_pixels_is_no_size(string svg) =>
        Assert.Null(SvgSize.Read(Encoding.UTF8.GetBytes(svg)));
}
