// Draws each <canvas data-module="app-chart"> of fragments/chart.html with Chart.js, from its data-* attributes:
// data-chart-type (bar or line), data-chart-labels (a JSON array of strings) and data-chart-series (a JSON array of
// {name, values}, a null value drawn as a gap). The table beside each canvas holds the same figures and is what
// assistive technology reads; the canvas is aria-hidden. No animation, so nothing moves for people who prefer it so.
(function () {
  'use strict'
  if (typeof window.Chart === 'undefined') {
    return
  }
  // GOV.UK palette: blue, orange, green, purple, dark grey; each series also gets its own point style for print and
  // colour blindness.
  var colours = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#505a5f']
  var points = ['circle', 'rect', 'triangle', 'rectRot', 'cross']
  var canvases = document.querySelectorAll('canvas[data-module="app-chart"]')
  Array.prototype.forEach.call(canvases, function (canvas) {
    if (canvas.getAttribute('data-chart-drawn') === 'true') {
      return
    }
    var labels
    var series
    try {
      labels = JSON.parse(canvas.getAttribute('data-chart-labels'))
      series = JSON.parse(canvas.getAttribute('data-chart-series'))
    } catch (e) {
      return
    }
    var type = canvas.getAttribute('data-chart-type') === 'line' ? 'line' : 'bar'
    canvas.setAttribute('data-chart-drawn', 'true')
    new window.Chart(canvas, {
      type: type,
      data: {
        labels: labels,
        datasets: series.map(function (s, i) {
          var colour = colours[i % colours.length]
          return {
            label: s.name,
            data: s.values,
            backgroundColor: colour,
            borderColor: colour,
            pointStyle: points[i % points.length],
            spanGaps: false
          }
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, font: { family: 'arial, sans-serif' } } } },
        scales: { y: { beginAtZero: true } }
      }
    })
  })
})()
