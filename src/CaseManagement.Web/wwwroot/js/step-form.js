// Step forms of a case: 人民币大写 beside amounts, the earliest hearing day, the discretion calculator.
// Only well-formed input is sent to the calculators, so a half-typed value never produces an error answer.
(function () {
    'use strict';

    var amountPattern = /^\d{1,12}(\.\d{1,2})?$/;
    var datePattern = /^\d{4}-\d{2}-\d{2}$/;

    function getJson(url) {
        return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .catch(function () { return null; });
    }

    // 送达: the method first, then only the fields of the 回证 that method needs (the map comes from the server).
    // Hidden fields are disabled, so a value typed for another method is not sent.
    function wireServiceMethod(form) {
        var raw = form.getAttribute('data-method-fields');
        if (!raw) {
            return;
        }
        var map = JSON.parse(raw);
        var select = form.querySelector('select[name="Input.Method"]');
        if (!select) {
            return;
        }
        var methodBox = select.closest('[data-field]');
        var hidden = form.querySelector('input[name="Version"]');
        if (methodBox && hidden) {
            hidden.parentNode.insertBefore(methodBox, hidden.nextSibling);
        }
        var all = {};
        Object.keys(map).forEach(function (method) {
            map[method].forEach(function (name) { all[name] = true; });
        });
        function box(name) {
            return form.querySelector('[data-field="Input.' + name + '"]') || document.getElementById('Input_' + name);
        }
        function apply() {
            var wanted = map[select.value] || [];
            Object.keys(all).forEach(function (name) {
                var element = box(name);
                if (!element) {
                    return;
                }
                var show = wanted.indexOf(name) >= 0;
                element.classList.toggle('d-none', !show);
                element.querySelectorAll('input, select, textarea').forEach(function (control) { control.disabled = !show; });
            });
        }
        select.addEventListener('change', apply);
        apply();
    }

    document.querySelectorAll('form[data-method-fields]').forEach(wireServiceMethod);

    // 现场检查笔录 on a phone: the device's position, if it offers one, with its accuracy (optional).
    document.querySelectorAll('[data-gps-for]').forEach(function (button) {
        var status = button.parentNode.querySelector('[data-gps-status]');
        var position = document.getElementById(button.getAttribute('data-gps-for'));
        var accuracy = document.getElementById(button.getAttribute('data-gps-accuracy'));
        if (!navigator.geolocation || !position || !accuracy) {
            button.disabled = true;
            status.textContent = '本设备不提供定位，位置可手工填写或不填。';
            return;
        }
        button.addEventListener('click', function () {
            status.textContent = '正在定位…';
            navigator.geolocation.getCurrentPosition(function (found) {
                position.value = found.coords.latitude.toFixed(6) + ',' + found.coords.longitude.toFixed(6);
                accuracy.value = String(Math.max(0, Math.round(found.coords.accuracy)));
                status.textContent = '已定位，精度约 ' + accuracy.value + ' 米。';
            }, function () {
                status.textContent = '未能定位（未授权或无信号），位置可手工填写或不填。';
            }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
        });
    });

    function formatYuan(amount) {
        return Number(amount).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }

    // 人民币大写, computed by the server's one implementation.
    function wireUppercase(input) {
        var target = document.getElementById(input.getAttribute('data-rmb'));
        var timer = null;
        function update() {
            var value = input.value.trim();
            if (!amountPattern.test(value)) {
                target.textContent = '';
                return;
            }
            getJson('/api/tools/rmb-uppercase?amount=' + encodeURIComponent(value)).then(function (answer) {
                if (answer && input.value.trim() === value) {
                    target.textContent = '大写：人民币' + answer.uppercase;
                }
            });
        }
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(update, 250);
        });
        update();
    }

    document.querySelectorAll('input[data-rmb]').forEach(wireUppercase);

    // 听证: 7 full working days between the notice and the hearing (行政处罚法第六十四条第二项): the 8th working day at the earliest.
    document.querySelectorAll('[data-earliest-for]').forEach(function (box) {
        var hearing = document.getElementById(box.getAttribute('data-earliest-for'));
        var served = document.getElementById(box.getAttribute('data-from'));
        var output = box.querySelector('.earliest-date');
        function update() {
            if (!served || !datePattern.test(served.value)) {
                output.textContent = '';
                return;
            }
            getJson('/api/tools/due-date?from=' + served.value + '&period=8&unit=workingDays').then(function (answer) {
                if (!answer) {
                    return;
                }
                output.textContent = '最早可定于 ' + answer.dueDate + (answer.provisional ? '（暂定：该年度节假日尚未公布）' : '') + '。';
                hearing.min = answer.dueDate;
            });
        }
        if (served) {
            served.addEventListener('change', update);
        }
        update();
    });

    // 裁量计算器.
    var calculator = document.getElementById('discretion');
    if (calculator) {
        var violation = document.getElementById('Input_ViolationCode');
        var actDate = document.getElementById('Input_ActDate');
        var eia = document.getElementById('discretion-eia');
        var investment = document.getElementById('discretion-investment');
        var serious = document.getElementById('discretion-serious');
        var rangeText = calculator.querySelector('.range-text');
        var recommended = calculator.querySelector('.recommended');
        var recommendedUpper = calculator.querySelector('.recommended-uppercase');
        var apply = document.getElementById('discretion-apply');
        var fine = document.getElementById('Input_Proposed_Fine');
        var range = null;
        var suggestion = null;

        var recommend = function () {
            suggestion = null;
            apply.disabled = true;
            if (!range) {
                recommended.textContent = '—';
                recommendedUpper.textContent = '';
                return;
            }
            var url = calculator.getAttribute('data-handler') + '&minimum=' + range.minimum + '&maximum=' + range.maximum;
            calculator.querySelectorAll('.discretion-factor').forEach(function (select) {
                url += '&' + encodeURIComponent(select.getAttribute('data-factor')) + '=' + encodeURIComponent(select.value);
            });
            getJson(url).then(function (answer) {
                if (!answer) {
                    return;
                }
                suggestion = answer.recommended;
                recommended.textContent = formatYuan(answer.recommended) + ' 元';
                recommendedUpper.textContent = answer.uppercase;
                apply.disabled = false;
            });
        };

        var computeRange = function () {
            range = null;
            if (!violation.value || !datePattern.test(actDate.value)) {
                rangeText.textContent = '选择违法行为和发生日期后计算';
                recommend();
                return;
            }
            var url = '/api/tools/penalty-range?violation=' + encodeURIComponent(violation.value) + '&actDate=' + actDate.value
                + '&serious=' + (serious.checked ? 'true' : 'false');
            if (eia.value) {
                url += '&eiaDocument=' + eia.value;
            }
            if (amountPattern.test(investment.value.trim())) {
                url += '&totalInvestment=' + investment.value.trim();
            }
            getJson(url).then(function (answer) {
                if (!answer) {
                    rangeText.textContent = '无法计算：请补充总投资额或环评文件类型等事实';
                    recommend();
                    return;
                }
                range = answer;
                rangeText.textContent = formatYuan(answer.minimum) + ' 元 至 ' + formatYuan(answer.maximum) + ' 元（'
                    + answer.basis + (answer.optionalFine ? '，可以处罚款' : '') + '）' + (answer.reason ? ' ' + answer.reason : '');
                recommend();
            });
        };

        [violation, actDate, eia, investment, serious].forEach(function (element) {
            element.addEventListener('change', computeRange);
        });
        calculator.querySelectorAll('.discretion-factor').forEach(function (select) {
            select.addEventListener('change', recommend);
        });
        apply.addEventListener('click', function () {
            if (suggestion !== null && fine) {
                fine.value = Number(suggestion).toFixed(2);
                fine.dispatchEvent(new Event('input'));
            }
        });
        computeRange();
    }
})();
